-- A person's safety plan, one row per section, in their own words: the one place a person's words are
-- stored, and only after they said yes. Erased with the person, in their export, never logged.
CREATE TABLE safety_plan (
    person_id  TEXT NOT NULL,
    section    TEXT NOT NULL CHECK (length(section) BETWEEN 1 AND 64),
    text       TEXT NOT NULL CHECK (length(text) <= 1000),
    updated_at REAL NOT NULL,
    PRIMARY KEY (person_id, section)
);

-- What a server's moderators chose: the crisis-line region shown to its people (NULL: the default).
CREATE TABLE guild_settings (
    guild_id TEXT PRIMARY KEY,
    region   TEXT CHECK (length(region) BETWEEN 1 AND 32)
);
