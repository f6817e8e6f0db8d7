ALTER TABLE project_sessions ADD COLUMN agent_session_id TEXT;
ALTER TABLE project_sessions ADD COLUMN result_is_error BOOLEAN;
ALTER TABLE project_sessions ADD COLUMN result_num_turns INTEGER;
ALTER TABLE project_sessions ADD COLUMN result_duration_ms BIGINT;
ALTER TABLE project_sessions ADD COLUMN result_total_cost_usd DOUBLE PRECISION;
ALTER TABLE project_sessions ADD COLUMN result_permission_denials TEXT;
