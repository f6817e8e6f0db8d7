-- The session a reply continues: it resumes that session's agent conversation.
ALTER TABLE project_sessions ADD COLUMN parent_session_id TEXT;
