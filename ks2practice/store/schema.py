"""The store's schema: its migrations, one a version, and the revisit rule written in SQL."""

# Each entry moves the schema up one version; never edit a released entry, append a new one. Every migration runs in
# one transaction with foreign keys off (so a table can be rebuilt) and is checked with PRAGMA foreign_key_check.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        archived INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE TABLE pupils (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        name TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        UNIQUE (group_id, name)
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        topic TEXT NOT NULL,
        level INTEGER NOT NULL,
        mode TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        started TEXT NOT NULL,
        ended TEXT
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions(id),
        pupil_id INTEGER NOT NULL REFERENCES pupils(id),
        spec_code TEXT NOT NULL,
        topic TEXT NOT NULL,
        level INTEGER NOT NULL,
        prompt TEXT NOT NULL,
        expected TEXT NOT NULL,
        response TEXT,
        auto_status TEXT NOT NULL,
        auto_reason TEXT NOT NULL,
        misconception TEXT,
        supported INTEGER NOT NULL DEFAULT 0,
        confidence INTEGER,
        note TEXT NOT NULL DEFAULT '',
        override_status TEXT,
        override_note TEXT,
        recorded TEXT NOT NULL,
        key TEXT UNIQUE
    );
    CREATE INDEX attempts_by_pupil ON attempts(pupil_id, recorded);
    CREATE INDEX attempts_by_session ON attempts(session_id);
    """,
    # 2: baseline and end-point assessments (a mock arithmetic paper), marked item by item.
    """
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        kind TEXT NOT NULL CHECK (kind IN ('baseline', 'endpoint')),
        paper TEXT NOT NULL,
        taken TEXT NOT NULL,
        created TEXT NOT NULL,
        UNIQUE (group_id, kind)
    );
    CREATE TABLE item_marks (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id),
        pupil_id INTEGER NOT NULL REFERENCES pupils(id),
        item INTEGER NOT NULL,
        marks INTEGER NOT NULL,
        recorded TEXT NOT NULL,
        PRIMARY KEY (assessment_id, pupil_id, item)
    );
    """,
    # 3: ids are never reused (AUTOINCREMENT: each table rebuilt, rows and ids kept); the files written that name
    # pupils (so erasing a pupil can find them); each pupil's queue of questions to revisit, seeded from the attempts
    # by replaying them in id order: a question is queued until its newest final mark is right without help.
    """
    CREATE TABLE new_groups (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        archived INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    INSERT INTO new_groups (id, name, archived, created) SELECT id, name, archived, created FROM groups ORDER BY id;
    CREATE TABLE new_pupils (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        name TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        UNIQUE (group_id, name)
    );
    INSERT INTO new_pupils (id, group_id, name, archived, created)
        SELECT id, group_id, name, archived, created FROM pupils ORDER BY id;
    CREATE TABLE new_sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        topic TEXT NOT NULL,
        level INTEGER NOT NULL,
        mode TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        started TEXT NOT NULL,
        ended TEXT
    );
    INSERT INTO new_sessions (id, group_id, topic, level, mode, minutes, started, ended)
        SELECT id, group_id, topic, level, mode, minutes, started, ended FROM sessions ORDER BY id;
    CREATE TABLE new_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER REFERENCES sessions(id),
        pupil_id INTEGER NOT NULL REFERENCES pupils(id),
        spec_code TEXT NOT NULL,
        topic TEXT NOT NULL,
        level INTEGER NOT NULL,
        prompt TEXT NOT NULL,
        expected TEXT NOT NULL,
        response TEXT,
        auto_status TEXT NOT NULL,
        auto_reason TEXT NOT NULL,
        misconception TEXT,
        supported INTEGER NOT NULL DEFAULT 0,
        confidence INTEGER,
        note TEXT NOT NULL DEFAULT '',
        override_status TEXT,
        override_note TEXT,
        recorded TEXT NOT NULL,
        key TEXT UNIQUE
    );
    INSERT INTO new_attempts (id, session_id, pupil_id, spec_code, topic, level, prompt, expected, response,
            auto_status, auto_reason, misconception, supported, confidence, note, override_status, override_note,
            recorded, key)
        SELECT id, session_id, pupil_id, spec_code, topic, level, prompt, expected, response, auto_status,
            auto_reason, misconception, supported, confidence, note, override_status, override_note, recorded, key
        FROM attempts ORDER BY id;
    CREATE TABLE new_assessments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        kind TEXT NOT NULL CHECK (kind IN ('baseline', 'endpoint')),
        paper TEXT NOT NULL,
        taken TEXT NOT NULL,
        created TEXT NOT NULL,
        UNIQUE (group_id, kind)
    );
    INSERT INTO new_assessments (id, group_id, kind, paper, taken, created)
        SELECT id, group_id, kind, paper, taken, created FROM assessments ORDER BY id;
    DROP TABLE attempts;
    DROP TABLE sessions;
    DROP TABLE pupils;
    DROP TABLE assessments;
    DROP TABLE groups;
    ALTER TABLE new_groups RENAME TO groups;
    ALTER TABLE new_pupils RENAME TO pupils;
    ALTER TABLE new_sessions RENAME TO sessions;
    ALTER TABLE new_attempts RENAME TO attempts;
    ALTER TABLE new_assessments RENAME TO assessments;
    CREATE INDEX attempts_by_pupil ON attempts(pupil_id, recorded);
    CREATE INDEX attempts_by_session ON attempts(session_id);
    CREATE INDEX attempts_by_question ON attempts(pupil_id, spec_code, id);
    CREATE TABLE exports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL,
        kind TEXT NOT NULL,
        written TEXT NOT NULL
    );
    CREATE TABLE export_pupils (
        export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
        pupil_id INTEGER NOT NULL,
        PRIMARY KEY (export_id, pupil_id)
    );
    CREATE INDEX export_pupils_by_pupil ON export_pupils(pupil_id);
    CREATE TABLE revisits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        pupil_id INTEGER NOT NULL REFERENCES pupils(id),
        spec_code TEXT NOT NULL,
        topic TEXT NOT NULL,
        level INTEGER NOT NULL,
        prompt TEXT NOT NULL,
        expected TEXT NOT NULL,
        first_missed TEXT NOT NULL,
        last_missed TEXT NOT NULL,
        times_missed INTEGER NOT NULL,
        UNIQUE (pupil_id, spec_code)
    );
    INSERT INTO revisits (pupil_id, spec_code, topic, level, prompt, expected, first_missed, last_missed,
            times_missed)
        SELECT pupil_id, spec_code, topic, level, prompt, expected, first_missed, recorded, times_missed FROM (
            SELECT a.pupil_id, a.spec_code, a.topic, a.level, a.prompt, a.expected, a.recorded,
                FIRST_VALUE(a.recorded) OVER (PARTITION BY a.pupil_id, a.spec_code ORDER BY a.id) AS first_missed,
                MIN(a.id) OVER (PARTITION BY a.pupil_id, a.spec_code) AS first_id,
                COUNT(*) OVER (PARTITION BY a.pupil_id, a.spec_code) AS times_missed,
                ROW_NUMBER() OVER (PARTITION BY a.pupil_id, a.spec_code ORDER BY a.id DESC) AS newest
            FROM attempts a
            WHERE NOT (CASE WHEN a.override_status IS NOT NULL
                            THEN a.override_status = 'correct' AND a.override_note IS NOT 'with help'
                            ELSE a.auto_status = 'correct' AND a.supported = 0 END)
              AND a.id > COALESCE((
                  SELECT MAX(c.id) FROM attempts c
                  WHERE c.pupil_id = a.pupil_id AND c.spec_code = a.spec_code
                    AND (CASE WHEN c.override_status IS NOT NULL
                              THEN c.override_status = 'correct' AND c.override_note IS NOT 'with help'
                              ELSE c.auto_status = 'correct' AND c.supported = 0 END)), 0)
        )
        WHERE newest = 1
        ORDER BY first_missed, first_id;
    CREATE INDEX revisits_by_pupil ON revisits(pupil_id, first_missed);
    """,
)

# The override note for "correct with help": a helped answer is right but not yet secure, so its question stays in
# the revisit queue. The session app writes it and the summary and report read it (ks2practice.store.WITH_HELP).
WITH_HELP = "with help"

# The revisit rule at run time, the same as migration 3's: an attempt clears its question when its final mark (the
# adult's override if any) is right and was not given with help. A question's misses are its attempts since the
# newest one that cleared it; it is queued while it has any.
CLEARS = (
    "(CASE WHEN override_status IS NOT NULL THEN override_status = 'correct'"
    f" AND override_note IS NOT '{WITH_HELP}'"
    " ELSE auto_status = 'correct' AND supported = 0 END)"
)
MISSES = (
    "SELECT topic, level, prompt, expected, recorded FROM attempts"
    f" WHERE pupil_id = :pupil AND spec_code = :spec AND NOT {CLEARS} AND id > COALESCE("
    f"(SELECT MAX(id) FROM attempts WHERE pupil_id = :pupil AND spec_code = :spec AND {CLEARS}), 0)"
    " ORDER BY id"
)
