-- The course ("Parcours"): courses imported from folders of Markdown
-- files, which are kept as they came (`course_files`) so that an export
-- gives them back byte for byte; their modules and units (lessons and
-- quizzes) as pages show them; and each member's progress.
CREATE TABLE courses (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    intro_html TEXT NOT NULL,
    -- NULL while moderators have not published it.
    published_at BIGINT,
    imported_at BIGINT NOT NULL
);

CREATE TABLE course_files (
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (course_id, path)
);

CREATE TABLE course_modules (
    id INTEGER PRIMARY KEY,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    intro_html TEXT NOT NULL,
    UNIQUE (course_id, slug)
);

-- A lesson or a quiz. A new import updates units by their slug, so that
-- members keep what they finished.
CREATE TABLE course_units (
    id INTEGER PRIMARY KEY,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    module_id BIGINT NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    position BIGINT NOT NULL,
    -- `lecon` or `quiz`.
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body_html TEXT NOT NULL,
    minutes BIGINT,
    -- A step of a transition (`besoins`…), or ''.
    step TEXT NOT NULL,
    -- Roadmap statuses separated by spaces (`en-test en-cours`).
    statuses TEXT NOT NULL,
    -- A quiz's questions as JSON, or ''.
    questions TEXT NOT NULL,
    UNIQUE (course_id, slug)
);
CREATE INDEX course_units_module ON course_units (module_id);

CREATE TABLE course_lessons_done (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES course_units (id) ON DELETE CASCADE,
    done_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, unit_id)
);

-- A quiz's best score; attempts are unlimited.
CREATE TABLE course_quiz_scores (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES course_units (id) ON DELETE CASCADE,
    best BIGINT NOT NULL,
    total BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, unit_id)
);

-- The unit a member opened last, where "reprendre" leads.
CREATE TABLE course_positions (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES course_units (id) ON DELETE CASCADE,
    opened_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, course_id)
);

-- Given at 100 %; anyone checks one by its code.
CREATE TABLE course_attestations (
    code TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    UNIQUE (account_id, course_id)
);

-- Provider profiles whose managers chose to show the courses they
-- completed.
CREATE TABLE provider_course_display (
    provider_id BIGINT PRIMARY KEY REFERENCES providers (id) ON DELETE CASCADE
);
