/* db_schema.h — the database `nianbao load` writes (docs/database.md describes it for users).
 *
 * A nianbao database says so: PRAGMA application_id is NB_DB_APPLICATION_ID ('NBao') and
 * PRAGMA user_version is NB_DB_SCHEMA; the meta table repeats both in words. A database with
 * another application id, or another schema version, is not written to (cli/db.c). Child rows are
 * deleted by report_id explicitly, so the foreign keys need no PRAGMA foreign_keys. */
#ifndef NB_CLI_DB_SCHEMA_H
#define NB_CLI_DB_SCHEMA_H

#define NB_DB_APPLICATION_ID 0x4E42616F /* "NBao" */
#define NB_DB_SCHEMA 2 /* 2: cells a view of cell_rows and cell_labels */

static const char nb_db_schema[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;\n"
    /* one row per input file: path as given, abspath its identity, sha256 of its bytes */
    "CREATE TABLE reports(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  path TEXT NOT NULL,\n"
    "  abspath TEXT NOT NULL UNIQUE,\n"
    "  sha256 TEXT NOT NULL,\n"
    "  bytes INTEGER NOT NULL,\n"
    "  agency TEXT,\n"
    "  agency_key TEXT,\n"
    "  year INTEGER,\n"
    "  edition TEXT,\n"
    "  title TEXT,\n"
    "  format TEXT,\n"
    "  encoding TEXT,\n"
    "  error TEXT,\n"
    "  nianbao TEXT NOT NULL,\n"
    "  loaded_at TEXT NOT NULL);\n"
    "CREATE INDEX reports_agency_year ON reports(agency_key, year);\n"
    "CREATE INDEX reports_year ON reports(year, edition);\n"
    "CREATE INDEX reports_sha256 ON reports(sha256);\n"
    /* every cell of the canonical tables (parse's \"cells\"): its key and labels, shared by every
     * report that wrote them alike (cli/db_labels.h), and the rest; the view cells joins them */
    "CREATE TABLE cell_labels(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  key TEXT NOT NULL,\n"
    "  row_label TEXT,\n"
    "  column_label TEXT);\n"
    "CREATE INDEX cell_labels_key ON cell_labels(key);\n"
    "CREATE TABLE cell_rows(\n"
    "  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
    "  ord INTEGER NOT NULL,\n"
    "  label_id INTEGER NOT NULL REFERENCES cell_labels(id),\n"
    "  value NUMERIC,\n"
    "  raw TEXT,\n"
    "  line INTEGER,\n"
    "  col INTEGER,\n"
    "  byte INTEGER,\n"
    "  recovered INTEGER NOT NULL DEFAULT 0,\n"
    "  PRIMARY KEY(report_id, ord)) WITHOUT ROWID;\n"
    "CREATE VIEW cells AS SELECT\n"
    "  c.report_id, c.ord, l.key, c.value, c.raw, l.row_label, l.column_label, c.line, c.col, c.byte, c.recovered\n"
    "FROM cell_rows c JOIN cell_labels l ON l.id = c.label_id;\n"
    /* the rows of a legacy 统计表, key as `nianbao facts` writes it */
    "CREATE TABLE statistics(\n"
    "  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
    "  ord INTEGER NOT NULL,\n"
    "  key TEXT NOT NULL,\n"
    "  label TEXT,\n"
    "  depth INTEGER,\n"
    "  unit TEXT,\n"
    "  value NUMERIC,\n"
    "  cumulative NUMERIC,\n"
    "  raw TEXT,\n"
    "  line INTEGER,\n"
    "  col INTEGER,\n"
    "  PRIMARY KEY(report_id, ord)) WITHOUT ROWID;\n"
    /* the outline: ord in document order from 1, parent the ord of the section above (0: none) */
    "CREATE TABLE sections(\n"
    "  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
    "  ord INTEGER NOT NULL,\n"
    "  parent INTEGER NOT NULL,\n"
    "  level INTEGER,\n"
    "  number TEXT,\n"
    "  title TEXT,\n"
    "  paragraphs INTEGER,\n"
    "  text TEXT,\n"
    "  line INTEGER,\n"
    "  col INTEGER,\n"
    "  PRIMARY KEY(report_id, ord)) WITHOUT ROWID;\n"
    /* parse's \"checks\": ok 1 holds, assessed 0 a cell it needs is blank or missing */
    "CREATE TABLE checks(\n"
    "  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
    "  ord INTEGER NOT NULL,\n"
    "  rule TEXT NOT NULL,\n"
    "  place TEXT,\n"
    "  ok INTEGER NOT NULL,\n"
    "  assessed INTEGER NOT NULL,\n"
    "  expected NUMERIC,\n"
    "  actual NUMERIC,\n"
    "  message TEXT,\n"
    "  line INTEGER,\n"
    "  col INTEGER,\n"
    "  PRIMARY KEY(report_id, ord)) WITHOUT ROWID;\n"
    "CREATE INDEX checks_failed ON checks(rule) WHERE NOT ok;\n"
    "CREATE TABLE diagnostics(\n"
    "  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
    "  ord INTEGER NOT NULL,\n"
    "  severity TEXT NOT NULL,\n"
    "  code TEXT NOT NULL,\n"
    "  message TEXT,\n"
    "  line INTEGER,\n"
    "  col INTEGER,\n"
    "  PRIMARY KEY(report_id, ord)) WITHOUT ROWID;\n"

    /* table 三's main cells, one row per report (NULL: blank, or the edition has no table 三) */
    "CREATE VIEW applications AS SELECT\n"
    "  r.id AS report_id, r.agency, r.agency_key, r.year, r.edition, r.path,\n"
    "  max(CASE l.key WHEN 'applications.new_received.total' THEN c.value END) AS new_received,\n"
    "  max(CASE l.key WHEN 'applications.carried_over.total' THEN c.value END) AS carried_over,\n"
    "  max(CASE l.key WHEN 'applications.granted.total' THEN c.value END) AS granted,\n"
    "  max(CASE l.key WHEN 'applications.partially_granted.total' THEN c.value END) AS partially_granted,\n"
    "  max(CASE l.key WHEN 'applications.total_processed.total' THEN c.value END) AS total_processed,\n"
    "  max(CASE l.key WHEN 'applications.carried_forward.total' THEN c.value END) AS carried_forward\n"
    /* from cell_rows, not the view cells: a LEFT JOIN of a view that joins would be materialized whole */
    "FROM reports r LEFT JOIN cell_rows c ON c.report_id = r.id AND c.label_id IN (\n"
    "  SELECT id FROM cell_labels WHERE key IN (\n"
    "  'applications.new_received.total', 'applications.carried_over.total',\n"
    "  'applications.granted.total', 'applications.partially_granted.total',\n"
    "  'applications.total_processed.total', 'applications.carried_forward.total'))\n"
    "LEFT JOIN cell_labels l ON l.id = c.label_id\n"
    "GROUP BY r.id;\n"
    /* the agencies: every name each key stands for, and its years */
    "CREATE VIEW agencies AS SELECT agency_key, group_concat(DISTINCT agency) AS names,\n"
    "  count(DISTINCT year) AS years, min(year) AS first_year, max(year) AS last_year, count(*) AS reports\n"
    "FROM reports WHERE agency_key <> '' GROUP BY agency_key;\n";

#endif
