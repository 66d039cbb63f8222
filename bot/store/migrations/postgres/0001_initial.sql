-- Mirrors migrations/sqlite/0001_initial.sql: same tables, same columns, PostgreSQL types.
-- State is JSON kept in text columns, exactly as SQLite keeps it, so rows move between the two as-is.

-- People's places in the journey: state and labels only, never their words.
CREATE TABLE people (
    person_id     TEXT PRIMARY KEY,
    stage         TEXT NOT NULL,
    node          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('active', 'paused', 'completed')),
    step          INTEGER NOT NULL,
    journeys      INTEGER NOT NULL,
    completed     INTEGER NOT NULL,
    vars          TEXT NOT NULL DEFAULT '{}',
    reframes_seen TEXT NOT NULL DEFAULT '[]',
    started_at    DOUBLE PRECISION NOT NULL,
    updated_at    DOUBLE PRECISION NOT NULL
);

-- Channels where moderators enabled the bot.
CREATE TABLE channels (
    guild_id   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    enabled_by TEXT NOT NULL,
    enabled_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);

-- Labels for aggregate counts; erased with the person.
CREATE TABLE events (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id TEXT NOT NULL,
    guild_id  TEXT,
    kind      TEXT NOT NULL,
    at        DOUBLE PRECISION NOT NULL
);
CREATE INDEX events_person ON events (person_id);
CREATE INDEX events_guild ON events (guild_id, kind);
