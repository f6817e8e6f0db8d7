-- The node whose process ran the session: a cluster interrupts the sessions of a node that is gone.
ALTER TABLE project_sessions ADD COLUMN node_id TEXT;
