use essaim_server::Config;

pub fn run(config: &Config) {
    print!("{}", config.to_display_toml());
}
