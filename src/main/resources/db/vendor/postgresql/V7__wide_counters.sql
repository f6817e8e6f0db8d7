-- SQLite's INTEGER holds 64 bits, PostgreSQL's 32: a transcript may pass 2 GiB, a pid the kernel's 2^22.
ALTER TABLE project_sessions ALTER COLUMN output_bytes TYPE BIGINT;
ALTER TABLE project_sessions ALTER COLUMN pid TYPE BIGINT;
