//! `GET /api/openapi.json`: the API described in OpenAPI 3.1. Enumerations
//! come from the taxonomy itself, so the document cannot drift from it.

use std::sync::LazyLock;

use axum::Json;
use axum::extract::State;
use essaim_domain::directory::Sort;
use essaim_domain::geo;
use essaim_domain::taxonomy::{
    AssociationSize, Availability, Modality, PricingFlag, Structure, SupportType, TeamSize,
};
use serde_json::{Value, json};

use crate::AppState;

fn slugs<T: Copy>(all: &[T], slug: fn(T) -> &'static str) -> Value {
    json!(all.iter().map(|t| slug(*t)).collect::<Vec<_>>())
}

static SCHEMAS: LazyLock<Value> = LazyLock::new(|| {
    let support = slugs(SupportType::ALL, SupportType::slug);
    let sizes = slugs(AssociationSize::ALL, AssociationSize::slug);
    let modalities = slugs(Modality::ALL, Modality::slug);
    // The catalogue changes at run time: its list is its own resource.
    let tool_list = json!({"type": "array", "items": {"type": "string",
        "description": "slug d'un logiciel libre du catalogue (GET /api/v1/catalogue/logiciels)"}});
    let regions = json!(geo::regions().iter().map(|r| r.code).collect::<Vec<_>>());
    let departements = json!(
        geo::departements()
            .iter()
            .map(|d| d.code)
            .collect::<Vec<_>>()
    );
    let string_list =
        |values: &Value| json!({"type": "array", "items": {"type": "string", "enum": values}});
    json!({
        "Provider": {
            "type": "object",
            "required": ["slug", "name", "pitch", "description", "structure", "team_size", "chatons", "commune",
                         "zone", "remote", "support_types", "association_sizes", "modalities", "tools", "pricing",
                         "availability", "references", "last_updated", "url"],
            "properties": {
                "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
                "name": {"type": "string"},
                "pitch": {"type": "string", "maxLength": 280},
                "description": {"type": "string", "description": "Markdown"},
                "website": {"type": ["string", "null"]},
                "founded": {"type": ["integer", "null"]},
                "structure": {"type": "string", "enum": slugs(Structure::ALL, Structure::slug)},
                "team_size": {"type": "string", "enum": slugs(TeamSize::ALL, TeamSize::slug)},
                "chatons": {"type": "boolean"},
                "chatons_url": {"type": ["string", "null"]},
                "networks": {"type": "array", "items": {"type": "string"}},
                "commune": {"type": "string", "description": "Code INSEE de la commune", "pattern": "^[0-9][0-9AB][0-9]{3}$"},
                "address": {"type": ["string", "null"], "description": "Seulement si la structure la rend publique"},
                "address_public": {"type": "boolean"},
                "place": {"$ref": "#/components/schemas/Place"},
                "zone": {
                    "type": "object",
                    "required": ["nationwide", "regions", "departements"],
                    "additionalProperties": false,
                    "properties": {
                        "nationwide": {"type": "boolean"},
                        "regions": string_list(&regions),
                        "departements": string_list(&departements),
                    }
                },
                "remote": {"type": "boolean"},
                "support_types": string_list(&support),
                "association_sizes": string_list(&sizes),
                "modalities": string_list(&modalities),
                "tools": tool_list,
                "pricing": {
                    "type": "object",
                    "required": ["text", "flags"],
                    "additionalProperties": false,
                    "properties": {
                        "text": {"type": "string"},
                        "flags": string_list(&slugs(PricingFlag::ALL, PricingFlag::slug)),
                    }
                },
                "availability": {"type": "string", "enum": slugs(Availability::ALL, Availability::slug)},
                "references": {"type": "array", "items": {"$ref": "#/components/schemas/Reference"}},
                "contact": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "email": {"type": ["string", "null"]},
                        "phone": {"type": ["string", "null"]},
                    }
                },
                "last_updated": {"type": "string", "format": "date"},
                "last_verified": {"type": ["string", "null"], "format": "date"},
                "fictional": {"type": "boolean", "description": "Fiche de démonstration"},
                "url": {"type": "string"},
                "distance_km": {"type": "number", "description": "Avec pres_de seulement"},
            },
            "additionalProperties": false,
        },
        "Reference": {
            "type": "object",
            "required": ["association", "year", "summary", "support_types", "tools"],
            "additionalProperties": false,
            "properties": {
                "association": {"type": "string"},
                "year": {"type": "integer"},
                "summary": {"type": "string"},
                "support_types": string_list(&support),
                "tools": tool_list,
                "outcome": {"type": "string"},
            }
        },
        "Place": {
            "type": "object",
            "required": ["commune_name", "postcode", "departement", "region"],
            "additionalProperties": false,
            "properties": {
                "commune_name": {"type": "string"},
                "postcode": {"type": "string"},
                "departement": {"type": "string"},
                "region": {"type": "string"},
                "latitude": {"type": ["number", "null"]},
                "longitude": {"type": ["number", "null"]},
            }
        },
        "FacetValue": {
            "type": "object",
            "required": ["value", "label", "count"],
            "additionalProperties": false,
            "properties": {
                "value": {"type": "string"},
                "label": {"type": "string"},
                "count": {"type": "integer", "minimum": 0},
                "from_afar": {"type": "integer", "minimum": 0, "description": "Régions et départements : combien, parmi `count`, n'y sont comptés que parce qu'ils travaillent à distance ou dans toute la France."},
            }
        },
        "SearchResponse": {
            "type": "object",
            "required": ["total", "page", "per_page", "sort", "facets", "items", "licence"],
            "additionalProperties": false,
            "properties": {
                "total": {"type": "integer", "minimum": 0},
                "page": {"type": "integer", "minimum": 1},
                "per_page": {"type": "integer"},
                "sort": {"type": "string", "enum": Sort::ALL.iter().map(|s| s.slug()).collect::<Vec<_>>()},
                "licence": {"type": "string"},
                "facets": {
                    "type": "object",
                    "required": ["accompagnement", "taille", "modalite", "structure", "outil", "region", "departement", "chatons", "disponibilite"],
                    "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
                },
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Provider"}},
            }
        },
        "Error": {
            "type": "object",
            "required": ["error", "message"],
            "additionalProperties": false,
            "properties": {
                "error": {"type": "string"},
                "param": {"type": "string"},
                "message": {"type": "string", "description": "Explication en français"},
            }
        }
    })
});

fn list_param(name: &str, description: &str, values: Value) -> Value {
    json!({
        "name": name, "in": "query", "required": false, "description": description,
        "style": "form", "explode": true,
        "schema": {"type": "array", "items": {"type": "string", "enum": values}},
    })
}

/// A repeated parameter whose values are not a fixed list.
fn list_param_free(name: &str, description: &str) -> Value {
    json!({
        "name": name, "in": "query", "required": false, "description": description,
        "style": "form", "explode": true,
        "schema": {"type": "array", "items": {"type": "string"}},
    })
}

fn param(name: &str, description: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema})
}

/// The directory's schemas and the catalogue's.
fn schemas() -> Value {
    let mut schemas = SCHEMAS.clone();
    schemas["CatalogueTool"] = catalogue_tool_schema();
    schemas["CatalogueNeed"] = catalogue_need_schema();
    schemas["CommunityTopic"] = community_topic_schema();
    schemas["CommunityTopicWithPosts"] = community_topic_with_posts_schema();
    schemas["LibraryResource"] = library_resource_schema();
    schemas["PoolingNeed"] = pooling_need_schema();
    schemas["PoolingNeedDetail"] = pooling_need_detail_schema();
    schemas
}

fn pooling_need_schema() -> Value {
    let text = json!({"type": "string"});
    let time = json!({"type": "string", "format": "date-time"});
    json!({
        "type": "object",
        "required": ["id", "title", "kind", "status", "tool", "associations", "created_at", "updated_at", "url"],
        "properties": {
            "id": {"type": "integer"}, "title": text,
            "kind": {"type": "string", "enum": ["fonctionnalite", "outil", "traduction", "accessibilite", "hebergement", "maintenance"]},
            "status": {"type": "string", "enum": ["idee", "cahier-des-charges", "financement", "en-developpement", "livre", "abandonne"]},
            "tool": {"type": ["string", "null"], "description": "slug du logiciel libre du catalogue"},
            "associations": {"type": "integer", "description": "associations qui ont dit « nous aussi »"},
            "created_at": time, "updated_at": time,
            "url": {"type": "string", "format": "uri"},
        },
    })
}

fn pooling_need_detail_schema() -> Value {
    let text = json!({"type": "string"});
    let cents = json!({"type": "integer", "description": "centimes d'euro"});
    let counts = json!({"type": "object", "additionalProperties": {"type": "integer"}});
    let mut schema = pooling_need_schema();
    schema["required"] = json!([
        "id",
        "title",
        "kind",
        "status",
        "tool",
        "associations",
        "created_at",
        "updated_at",
        "url",
        "description",
        "specification",
        "joined",
        "quotes",
        "campaign"
    ]);
    let properties = schema["properties"].as_object_mut().expect("an object");
    properties.insert("description".into(), text.clone());
    properties.insert("specification".into(), text.clone());
    properties.insert(
        "joined".into(),
        json!({"type": "object", "required": ["sizes", "regions"], "properties": {
            "sizes": counts.clone(), "regions": counts,
        }}),
    );
    properties.insert("quotes".into(), json!({"type": "array", "items": {"type": "object",
        "required": ["id", "provider", "amount_cents", "deliverables", "milestones", "valid_until", "votes"],
        "properties": {
            "id": {"type": "integer"}, "provider": {"type": ["string", "null"]}, "amount_cents": cents,
            "deliverables": text, "milestones": {"type": "array", "items": text},
            "valid_until": {"type": "string", "format": "date"}, "votes": {"type": "integer"},
        }}}));
    properties.insert("campaign".into(), json!({"type": ["object", "null"],
        "required": ["quote", "goal_cents", "total_cents", "deadline", "state", "pledges", "ledger"],
        "properties": {
            "quote": {"type": "integer"}, "goal_cents": cents, "total_cents": cents,
            "deadline": {"type": "string", "format": "date"},
            "state": {"type": "string", "enum": ["ouverte", "atteinte", "liberee"]},
            "pledges": {"type": "array", "items": {"type": "object", "required": ["association", "amount_cents"], "properties": {
                "association": {"type": ["string", "null"], "description": "null : « une association »"}, "amount_cents": cents,
            }}},
            "ledger": {"type": "array", "items": {"type": "object", "required": ["event", "association", "amount_cents", "total_cents", "at"], "properties": {
                "event": {"type": "string", "enum": ["engagement", "modification", "retrait", "objectif-atteint", "liberation"]},
                "association": {"type": ["string", "null"]},
                "amount_cents": {"type": ["integer", "null"]}, "total_cents": cents,
                "at": {"type": "string", "format": "date-time"},
            }}},
        }}));
    schema
}

fn library_resource_schema() -> Value {
    let text = json!({"type": "string"});
    let time = json!({"type": ["string", "null"], "format": "date-time"});
    json!({
        "type": "object",
        "required": ["slug", "title", "url", "summary", "audience", "themes", "format", "language",
                     "source", "licence", "year", "needs", "tools", "steps", "published_at",
                     "verified_at", "page"],
        "properties": {
            "slug": text, "title": text, "url": {"type": "string", "format": "uri"}, "summary": text,
            "audience": {"type": "string", "enum": ["associations", "prestataires", "tous"]},
            "themes": {"type": "array", "minItems": 1, "items": {"type": "string"}},
            "format": {"type": "string", "enum": ["guide", "video", "cours", "article", "fiche", "temoignage"]},
            "language": text, "source": text, "licence": text,
            "year": {"type": ["integer", "null"]},
            "needs": {"type": "array", "items": {"type": "string"}, "description": "slugs des besoins du catalogue"},
            "tools": {"type": "array", "items": {"type": "string"}, "description": "slugs des logiciels libres du catalogue"},
            "steps": {"type": "array", "items": {"type": "string", "enum": ["besoins", "sensibilisation", "strategie", "choix-outils", "adaptation", "formation", "collaboration", "amelioration"]}},
            "published_at": time, "verified_at": time,
            "page": {"type": "string", "format": "uri"},
        },
        "additionalProperties": false,
    })
}

fn community_author_schema() -> Value {
    let text = json!({"type": "string"});
    json!({"type": ["object", "null"], "required": ["handle", "name", "url"], "properties": {
        "handle": text, "name": text, "url": {"type": "string", "format": "uri"},
    }})
}

fn community_topic_schema() -> Value {
    let text = json!({"type": "string"});
    let time = json!({"type": "string", "format": "date-time"});
    json!({
        "type": "object",
        "required": ["id", "title", "category", "category_name", "author", "replies", "solved",
                     "closed", "pinned", "created_at", "last_post_at", "url"],
        "properties": {
            "id": {"type": "integer"}, "title": text,
            "category": {"type": "string", "description": "slug de la catégorie"},
            "category_name": text,
            "author": community_author_schema(),
            "replies": {"type": "integer", "minimum": 0},
            "solved": {"type": "boolean"}, "closed": {"type": "boolean"}, "pinned": {"type": "boolean"},
            "created_at": time, "last_post_at": time,
            "url": {"type": "string", "format": "uri"},
        }
    })
}

fn community_topic_with_posts_schema() -> Value {
    let mut schema = community_topic_schema();
    schema["required"]
        .as_array_mut()
        .expect("a list")
        .push(json!("posts"));
    schema["properties"]["posts"] = json!({"type": "array", "items": {
        "type": "object",
        "required": ["number", "state", "author", "html", "created_at", "edited_at", "thanks", "solution"],
        "properties": {
            "number": {"type": "integer", "minimum": 1},
            "state": {"type": "string", "enum": ["publie", "supprime", "masque"]},
            "author": community_author_schema(),
            "html": {"type": ["string", "null"], "description": "Le message en HTML nettoyé ; null s'il est supprimé ou masqué"},
            "created_at": {"type": "string", "format": "date-time"},
            "edited_at": {"type": ["string", "null"], "format": "date-time"},
            "thanks": {"type": "integer", "minimum": 0},
            "solution": {"type": "boolean"},
        }
    }});
    schema
}

/// `{"total": n, "items": [schema…]}`.
fn list_of(schema: &str) -> Value {
    json!({"type": "object", "required": ["total", "items"], "properties": {
        "total": {"type": "integer"},
        "items": {"type": "array", "items": {"$ref": format!("#/components/schemas/{schema}")}},
    }})
}

fn catalogue_tool_schema() -> Value {
    let text = json!({"type": "string"});
    let optional = json!({"type": ["string", "null"]});
    json!({
        "type": "object",
        "required": ["slug", "name", "description", "website", "licence", "needs", "replaces",
                     "use_difficulty", "install_difficulty", "hosted_offers", "providers", "url"],
        "properties": {
            "slug": text, "name": text, "description": text,
            "website": {"type": "string", "format": "uri"},
            "licence": {"type": "string", "description": "Identifiant SPDX"},
            "wikidata": optional, "framalibre": optional,
            "needs": {"type": "array", "items": {"type": "string"}},
            "replaces": {"type": "array", "items": {"type": "object", "required": ["slug", "name", "vendor", "rank"], "properties": {
                "slug": text, "name": text, "vendor": text,
                "rank": {"type": "integer", "minimum": 1, "description": "1 : l'alternative la plus conseillée"},
            }}},
            "use_difficulty": {"type": "integer", "minimum": 1, "maximum": 3},
            "install_difficulty": {"type": "integer", "minimum": 1, "maximum": 5},
            "hosted_offers": {"type": "boolean"},
            "providers": {"type": "integer", "description": "Prestataires publiés qui le maîtrisent"},
            "url": {"type": "string", "format": "uri"},
        }
    })
}

fn catalogue_need_schema() -> Value {
    let text = json!({"type": "string"});
    let texts = json!({"type": "array", "items": {"type": "string"}});
    json!({
        "type": "object",
        "required": ["slug", "name", "name_en", "words", "proprietary", "free_tools"],
        "properties": {
            "slug": text, "name": text, "name_en": text, "words": texts,
            "proprietary": {"type": "array", "items": {"type": "object", "required": ["slug", "name", "vendor", "alternatives"], "properties": {
                "slug": text, "name": text, "vendor": text, "alternatives": texts,
            }}},
            "free_tools": texts,
        }
    })
}

static DOCUMENT: LazyLock<Value> = LazyLock::new(|| {
    let error = |description: &str| {
        json!({
            "description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        })
    };
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Essaim — annuaire, catalogue et forum",
            "version": "1.0.0",
            "description": "Les prestataires vérifiés qui accompagnent les associations vers des outils libres. Mêmes paramètres que la page /annuaire.",
            "license": {"name": "AGPL-3.0-or-later (logiciel) ; données : voir le champ licence", "identifier": "AGPL-3.0-or-later"},
        },
        "paths": {
            "/api/v1/prestataires": {
                "get": {
                    "summary": "Rechercher des prestataires",
                    "operationId": "listProviders",
                    "parameters": [
                        param("q", "Texte libre, analysé en français", json!({"type": "string"})),
                        list_param("accompagnement", "Types d'accompagnement (ou)", slugs(SupportType::ALL, SupportType::slug)),
                        list_param("taille", "Tailles d'association (ou)", slugs(AssociationSize::ALL, AssociationSize::slug)),
                        list_param("modalite", "Modalités (ou)", slugs(Modality::ALL, Modality::slug)),
                        list_param("structure", "Formes juridiques (ou)", slugs(Structure::ALL, Structure::slug)),
                        list_param_free("outil", "Outils libres maîtrisés (ou) : slugs du catalogue, GET /api/v1/catalogue/logiciels"),
                        list_param("region", "Codes INSEE de régions", json!(geo::regions().iter().map(|r| r.code).collect::<Vec<_>>())),
                        list_param("departement", "Codes de départements", json!(geo::departements().iter().map(|d| d.code).collect::<Vec<_>>())),
                        param("chatons", "Membres du collectif CHATONS seulement", json!({"type": "string", "enum": ["1", "0"]})),
                        list_param("disponibilite", "Disponibilité", slugs(Availability::ALL, Availability::slug)),
                        param("pres_de", "Code postal, code INSEE ou nom de commune", json!({"type": "string"})),
                        param("rayon", "Rayon en km autour de pres_de (1 à 1000)", json!({"type": "number", "minimum": 1, "maximum": 1000})),
                        param("sans_distance", "Exclure les prestataires qui ne travaillent qu'à distance de la zone", json!({"type": "string", "enum": ["1", "0"]})),
                        param("tri", "Ordre des résultats", json!({"type": "string", "enum": Sort::ALL.iter().map(|s| s.slug()).collect::<Vec<_>>()})),
                        param("page", "Page (20 résultats par page)", json!({"type": "integer", "minimum": 1})),
                    ],
                    "responses": {
                        "200": {"description": "Résultats et facettes", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResponse"}}}},
                        "400": error("Paramètre invalide"),
                    }
                }
            },
            "/api/v1/catalogue/logiciels": {
                "get": {
                    "summary": "Les logiciels libres du catalogue",
                    "operationId": "listCatalogueTools",
                    "parameters": [
                        param("besoin", "Ceux qui répondent à ce besoin (slug, voir /api/v1/catalogue/besoins)", json!({"type": "string"})),
                        param("remplace", "Ceux qui remplacent ce logiciel propriétaire (slug, par exemple gmail)", json!({"type": "string"})),
                    ],
                    "responses": {
                        "200": {"description": "Les logiciels, dans l'ordre du catalogue", "content": {"application/json": {"schema": list_of("CatalogueTool")}}},
                        "400": error("Besoin ou logiciel propriétaire inconnu"),
                    }
                }
            },
            "/api/v1/catalogue/besoins": {
                "get": {
                    "summary": "Les besoins du catalogue, avec les logiciels propriétaires utilisés et leurs alternatives libres",
                    "operationId": "listCatalogueNeeds",
                    "responses": {
                        "200": {"description": "Les besoins, dans l'ordre du catalogue", "content": {"application/json": {"schema": list_of("CatalogueNeed")}}},
                    }
                }
            },
            "/api/v1/communaute/sujets": {
                "get": {
                    "summary": "Les sujets publics du forum, épinglés d'abord puis les plus actifs",
                    "operationId": "listCommunityTopics",
                    "parameters": [
                        param("categorie", "Slug d'une catégorie", json!({"type": "string"})),
                        param("q", "Mots cherchés dans les messages, analysés en français", json!({"type": "string"})),
                        param("resolu", "Sujets avec (oui) ou sans (non) solution", json!({"type": "string", "enum": ["oui", "non"]})),
                        param("page", "Page (20 sujets par page)", json!({"type": "integer", "minimum": 1})),
                    ],
                    "responses": {
                        "200": {"description": "Les sujets", "content": {"application/json": {"schema": {
                            "type": "object", "required": ["total", "page", "items"], "properties": {
                                "total": {"type": "integer"}, "page": {"type": "integer"},
                                "items": {"type": "array", "items": {"$ref": "#/components/schemas/CommunityTopic"}},
                            }}}}},
                        "400": error("Paramètre invalide"),
                    }
                }
            },
            "/api/v1/communaute/sujets/{id}": {
                "get": {
                    "summary": "Un sujet public et ses messages",
                    "operationId": "getCommunityTopic",
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {"description": "Le sujet et ses messages dans l'ordre", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommunityTopicWithPosts"}}}},
                        "404": error("Aucun sujet public sous cet identifiant"),
                    }
                }
            },
            "/api/v1/ressources": {
                "get": {
                    "summary": "Les ressources publiées de la bibliothèque",
                    "operationId": "listLibraryResources",
                    "parameters": [
                        param("q", "Mots cherchés dans le titre, le résumé et la source, analysés en français", json!({"type": "string"})),
                        param("public", "Public (les ressources pour tous comptent pour chacun)", json!({"type": "string", "enum": ["associations", "prestataires", "tous"]})),
                        param("theme", "Thème (répétable : l'un ou l'autre)", json!({"type": "string", "enum": ["strategie", "outils", "formation", "droit-rgpd", "sobriete", "gouvernance", "financement"]})),
                        param("format", "Format (répétable)", json!({"type": "string", "enum": ["guide", "video", "cours", "article", "fiche", "temoignage"]})),
                        param("langue", "Langue, code ISO 639-1 (répétable)", json!({"type": "string", "enum": ["fr", "en", "de", "es", "it"]})),
                        param("tri", "Ordre", json!({"type": "string", "enum": ["pertinence", "recent", "titre"]})),
                        param("page", "Page (20 ressources par page)", json!({"type": "integer", "minimum": 1})),
                    ],
                    "responses": {
                        "200": {"description": "Les ressources", "content": {"application/json": {"schema": {
                            "type": "object", "required": ["total", "page", "per_page", "items"], "properties": {
                                "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
                                "items": {"type": "array", "items": {"$ref": "#/components/schemas/LibraryResource"}},
                            }}}}},
                        "400": error("Paramètre invalide"),
                    }
                }
            },
            "/api/v1/mutualisation/besoins": {
                "get": {
                    "summary": "Les besoins mutualisés, les plus récemment changés d'abord",
                    "operationId": "listPoolingNeeds",
                    "parameters": [
                        param("statut", "Statut", json!({"type": "string", "enum": ["idee", "cahier-des-charges", "financement", "en-developpement", "livre", "abandonne"]})),
                        param("logiciel", "Slug d'un logiciel libre du catalogue", json!({"type": "string"})),
                        param("type", "Type de besoin", json!({"type": "string", "enum": ["fonctionnalite", "outil", "traduction", "accessibilite", "hebergement", "maintenance"]})),
                    ],
                    "responses": {
                        "200": {"description": "Les besoins", "content": {"application/json": {"schema": {
                            "type": "object", "required": ["total", "items"], "properties": {
                                "total": {"type": "integer"},
                                "items": {"type": "array", "items": {"$ref": "#/components/schemas/PoolingNeed"}},
                            }}}}},
                        "400": error("Paramètre invalide"),
                    }
                }
            },
            "/api/v1/mutualisation/besoins/{id}": {
                "get": {
                    "summary": "Un besoin mutualisé, ses devis, sa campagne et son registre public (montants en centimes)",
                    "operationId": "getPoolingNeed",
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {"description": "Le besoin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PoolingNeedDetail"}}}},
                        "404": error("Aucun besoin sous cet identifiant"),
                    }
                }
            },
            "/api/v1/prestataires/{slug}": {
                "get": {
                    "summary": "Un prestataire publié",
                    "operationId": "getProvider",
                    "parameters": [{"name": "slug", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"description": "La fiche publique", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Provider"}}}},
                        "404": error("Aucun prestataire publié sous cet identifiant"),
                    }
                }
            }
        },
        "components": {"schemas": schemas()},
    })
});

pub async fn document(State(_): State<AppState>) -> Json<Value> {
    Json(DOCUMENT.clone())
}
