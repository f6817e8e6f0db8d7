ALTER TABLE projects ADD COLUMN grd_init_status TEXT DEFAULT 'none';
