CREATE TABLE project_sessions (
    id               TEXT PRIMARY KEY,
    project_id       TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    command          TEXT,
    prompt           TEXT,
    argv             TEXT NOT NULL,
    cwd              TEXT NOT NULL,
    execution_type   TEXT NOT NULL,
    execution_mode   TEXT,
    status           TEXT NOT NULL,
    exit_code        INTEGER,
    failure_reason   TEXT,
    pid              INTEGER,
    created_at       TEXT NOT NULL,
    ended_at         TEXT,
    last_activity_at TEXT NOT NULL,
    output_bytes     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX project_sessions_by_project ON project_sessions (project_id, created_at);
CREATE INDEX project_sessions_by_status ON project_sessions (status);
