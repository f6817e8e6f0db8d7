ALTER TABLE projects ADD COLUMN grd_init_reason TEXT;
