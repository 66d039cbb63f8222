-- One row per walk through the journey: when, how far, the optional 0-10 check-ins. Numbers only.
CREATE TABLE journeys (
    person_id      TEXT NOT NULL,
    number         INTEGER NOT NULL,
    guild_id       TEXT,
    started_at     REAL NOT NULL,
    finished_at    REAL,
    furthest_stage INTEGER NOT NULL,
    checkin_before INTEGER CHECK (checkin_before BETWEEN 0 AND 10),
    checkin_after  INTEGER CHECK (checkin_after BETWEEN 0 AND 10),
    PRIMARY KEY (person_id, number)
);
CREATE INDEX journeys_guild ON journeys (guild_id);

-- At most one pending reminder per person; deleted when sent, cancelled or forgotten.
CREATE TABLE reminders (
    person_id  TEXT PRIMARY KEY,
    due_at     REAL NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX reminders_due ON reminders (due_at);
