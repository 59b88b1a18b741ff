#include "Schema.h"

namespace gc::schema {

// Conventions: times are INTEGER seconds since the Unix epoch, UTC. Every
// tenant-owned table carries tenant_id and is only ever queried with it (see
// docs/architecture.md, "Tenant isolation").
static constexpr std::string_view kV1 = R"sql(
CREATE TABLE operators (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('administrator','compliance_officer','analyst','auditor')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at    INTEGER NOT NULL,
    last_login_at INTEGER
);

CREATE TABLE tenants (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    tier               TEXT NOT NULL CHECK (tier IN ('free','basic','pro','enterprise')),
    status             TEXT NOT NULL CHECK (status IN ('active','suspended','offboarding')),
    contact_name       TEXT NOT NULL DEFAULT '',
    contact_email      TEXT NOT NULL,
    region             TEXT NOT NULL,
    custom_price_cents INTEGER,
    created_at         INTEGER NOT NULL,
    status_changed_at  INTEGER,
    status_reason      TEXT,
    purge_after        INTEGER
);
CREATE INDEX tenants_name ON tenants(name COLLATE NOCASE);

CREATE TABLE tenant_config (
    tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    type      TEXT NOT NULL CHECK (type IN ('string','integer','decimal','boolean','url','email','duration')),
    value     TEXT NOT NULL,
    PRIMARY KEY (tenant_id, key)
) WITHOUT ROWID;

CREATE TABLE tenant_users (
    id             INTEGER PRIMARY KEY,
    tenant_id      INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    email          TEXT NOT NULL COLLATE NOCASE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('viewer','analyst','admin')),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at     INTEGER NOT NULL,
    deactivated_at INTEGER,
    UNIQUE (tenant_id, email)
);

CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    prefix       TEXT NOT NULL UNIQUE,
    key_hash     BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    created_by   TEXT NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);
CREATE INDEX api_keys_tenant ON api_keys(tenant_id);

-- Hourly buckets of the platform's request log: one row per tenant, UTC hour
-- and endpoint. Daily request counts are sums over 24 buckets.
CREATE TABLE request_log (
    tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    hour      INTEGER NOT NULL,
    endpoint  TEXT NOT NULL,
    requests  INTEGER NOT NULL CHECK (requests >= 0),
    errors    INTEGER NOT NULL DEFAULT 0 CHECK (errors >= 0),
    PRIMARY KEY (tenant_id, hour, endpoint)
) WITHOUT ROWID;

CREATE TABLE ml_models (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    pollutant   TEXT NOT NULL CHECK (pollutant IN ('PM2.5','PM10','NO2','O3')),
    version     TEXT NOT NULL,
    algorithm   TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('training','deployed','retired')),
    trained_at  INTEGER NOT NULL,
    deployed_at INTEGER,
    retired_at  INTEGER,
    mae         REAL,
    rmse        REAL,
    UNIQUE (name, version)
);

CREATE TABLE predictions (
    id            INTEGER PRIMARY KEY,
    tenant_id     INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    city          TEXT NOT NULL,
    latitude      REAL NOT NULL,
    longitude     REAL NOT NULL,
    pollutant     TEXT NOT NULL,
    value         REAL NOT NULL,
    unit          TEXT NOT NULL,
    model_id      INTEGER NOT NULL REFERENCES ml_models(id),
    forecast_time INTEGER NOT NULL
);
CREATE INDEX predictions_tenant_time ON predictions(tenant_id, forecast_time);
CREATE INDEX predictions_model ON predictions(model_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// The audit trail (docs/audit.md). audit_events.record holds the canonical
// encoding (AuditEventCodec) that every hash covers; the other columns are
// copies of its fields kept for filtering, and verification checks each copy
// against the record. tenant_id has no foreign key: events outlive the tenants
// they are about. Nothing personal is stored here; personal parts and the
// per-subject keys of their commitments live in their own tables so that
// erasure deletes them without touching a hashed byte.
static constexpr std::string_view kV2 = R"sql(
CREATE TABLE audit_events (
    seq        INTEGER PRIMARY KEY,
    time_ms    INTEGER NOT NULL,
    tenant_id  INTEGER,
    actor      TEXT NOT NULL,
    type       INTEGER NOT NULL,
    category   INTEGER NOT NULL,
    severity   INTEGER NOT NULL,
    outcome    INTEGER NOT NULL,
    resource   TEXT NOT NULL,
    record     BLOB NOT NULL,
    chain_hash BLOB NOT NULL
);
-- Every filter index ends in seq, so a query pages by seeking (value, seq)
-- instead of sorting. Each index is one more B-tree to update per appended
-- event, so there are no more than the filters need:
-- - no time index: time never decreases with seq, so a time range is found by
--   binary search over seq;
-- - no category index: a category is a fixed set of types;
-- - one index for severity and outcome together (severity * 4 + outcome): a
--   filter on either seeks the few combinations it allows, merged by seq;
-- - the resource's kind ("tenant/" of "tenant/42") for prefix filters.
CREATE INDEX audit_events_tenant   ON audit_events(tenant_id, seq);
CREATE INDEX audit_events_actor    ON audit_events(actor, seq);
CREATE INDEX audit_events_type     ON audit_events(type, seq);
CREATE INDEX audit_events_status   ON audit_events(severity * 4 + outcome, seq);
CREATE INDEX audit_events_resource ON audit_events(resource, seq);
CREATE INDEX audit_events_resource_kind ON audit_events(substr(resource, 1, instr(resource, '/')), seq);

-- Full-text index over the non-personal text of each event (details values and
-- resource); rowid = seq. Contentless: the text is in the record already.
-- detail=full keeps token positions, which "quoted phrase" search needs.
CREATE VIRTUAL TABLE audit_fts USING fts5(body, content='', detail=full, tokenize='unicode61 remove_diacritics 2');
-- The index's terms, read to spell a short prefix search out as the OR of its
-- terms ('instance' walks the index lazily; 'row' would count every posting).
CREATE VIRTUAL TABLE audit_fts_vocab USING fts5vocab(audit_fts, 'instance');

-- Hashes of complete perfect Merkle subtrees of 2^level leaves, index = first
-- leaf >> level, for every level >= AuditLog::kStoredSubtreeLevel.
CREATE TABLE audit_subtrees (
    level INTEGER NOT NULL,
    idx   INTEGER NOT NULL,
    hash  BLOB NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;

-- Signed checkpoints (Checkpoint::toText()).
CREATE TABLE audit_checkpoints (
    tree_size INTEGER PRIMARY KEY,
    root_hash BLOB NOT NULL,
    unix_time INTEGER NOT NULL,
    key_id    TEXT NOT NULL,
    note      BLOB NOT NULL
);

-- Public halves of every signing key the log has used (rotation keeps old ones).
CREATE TABLE audit_public_keys (
    key_id     TEXT PRIMARY KEY,
    pem        BLOB NOT NULL,
    added_at   INTEGER NOT NULL,
    retired_at INTEGER
) WITHOUT ROWID;

-- Personal part of an event (AuditPersonalPart): the salt of its commitment and
-- the data as a compact JSON object {"name","email","address","details"}, each
-- member present only when not empty. subject = pseudonym of the person it is about.
CREATE TABLE audit_personal (
    seq     INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    salt    BLOB NOT NULL,
    data    BLOB NOT NULL
);
CREATE INDEX audit_personal_subject ON audit_personal(subject);

-- Per-subject commitment keys. Erasing a subject deletes its key and parts.
CREATE TABLE audit_subject_keys (
    subject    TEXT PRIMARY KEY,
    key        BLOB NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Alert rules (one row per rule kind, thresholds editable) and raised alerts.
CREATE TABLE audit_alert_rules (
    rule           TEXT PRIMARY KEY,
    enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
    threshold      INTEGER NOT NULL CHECK (threshold >= 1),
    window_seconds INTEGER NOT NULL CHECK (window_seconds >= 1)
) WITHOUT ROWID;

CREATE TABLE audit_alerts (
    id           INTEGER PRIMARY KEY,
    rule         TEXT NOT NULL,
    raised_seq   INTEGER NOT NULL,
    raised_at    INTEGER NOT NULL,
    subject      TEXT NOT NULL,
    summary      TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('open','resolved')),
    resolved_seq INTEGER,
    resolved_at  INTEGER,
    resolved_by  TEXT,
    resolution   TEXT
);
CREATE INDEX audit_alerts_status ON audit_alerts(status, raised_at);
)sql";

// The audit index, version 3 (docs/audit.md, "Index"). Six per-event
// (value, seq) indexes made every append write seven B-trees; posting list
// runs written every few hundred events (and once per chunk of a batch) cost
// a handful of rows per flush instead. Events after audit_index_state's
// indexed_upto are not in audit_postings or audit_fts yet: queries read them
// from audit_events directly. Existing events become runs of one.
static constexpr std::string_view kV3 = R"sql(
DROP INDEX audit_events_tenant;
DROP INDEX audit_events_actor;
DROP INDEX audit_events_type;
DROP INDEX audit_events_status;
DROP INDEX audit_events_resource;
DROP INDEX audit_events_resource_kind;

-- One row per run of ascending sequence numbers of one (field, value):
-- field 1 tenant id (0 = platform), 2 actor, 3 type, 4 severity * 4 + outcome,
-- 5 resource, 6 resource kind ("tenant/"), 7 subject of a personal part.
-- Runs of one value never overlap,
-- so ordering them by last_seq orders them by every element. seqs holds the
-- deltas between neighbours as LEB128 varints (empty for a run of one).
CREATE TABLE audit_postings (
    field     INTEGER NOT NULL,
    value     NOT NULL,
    last_seq  INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    n         INTEGER NOT NULL CHECK (n >= 1),
    seqs      BLOB NOT NULL,
    PRIMARY KEY (field, value, last_seq)
) WITHOUT ROWID;

CREATE TABLE audit_index_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto INTEGER NOT NULL
);

INSERT INTO audit_postings SELECT 1, coalesce(tenant_id, 0), seq, seq, 1, x'' FROM audit_events;
INSERT INTO audit_postings SELECT 2, actor, seq, seq, 1, x'' FROM audit_events;
INSERT INTO audit_postings SELECT 3, type, seq, seq, 1, x'' FROM audit_events;
INSERT INTO audit_postings SELECT 4, severity * 4 + outcome, seq, seq, 1, x'' FROM audit_events;
INSERT INTO audit_postings SELECT 5, resource, seq, seq, 1, x'' FROM audit_events;
INSERT INTO audit_postings SELECT 6, substr(resource, 1, instr(resource, '/')), seq, seq, 1, x'' FROM audit_events;
-- Field 7: the subject of each personal part (erasure finds a person's parts
-- through it), replacing the per-event subject index.
DROP INDEX audit_personal_subject;
INSERT INTO audit_postings SELECT 7, subject, seq, seq, 1, x'' FROM audit_personal;
-- Fewer, larger full-text merges: each flush adds a segment, and merging
-- 8 at a time rewrites each posting fewer times than FTS5's default 4.
INSERT INTO audit_fts(audit_fts, rank) VALUES ('automerge', 8);
-- No row means nothing indexed yet (a new store stays empty).
INSERT INTO audit_index_state SELECT 1, max(seq) FROM audit_events HAVING count(*) > 0;
)sql";

// Scheduled exports (docs/export-schedules.md). A definition keeps the
// request as ExportRequest::toJson() text and the schedule as its canonical
// text; times are Unix seconds (UTC). Enabling a definition computes its next
// run afresh. A definition's run history is deleted with it (the audit trail
// keeps every export's event).
static constexpr std::string_view kV4 = R"sql(
CREATE TABLE export_definitions (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    request     TEXT NOT NULL,
    schedule    TEXT NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
    owner_id    INTEGER NOT NULL REFERENCES operators(id),
    created_at  INTEGER NOT NULL,
    next_run_at INTEGER NOT NULL,
    last_run_at INTEGER
);
-- run-due: the enabled definitions whose next run has come, oldest first.
CREATE INDEX export_definitions_due ON export_definitions(next_run_at) WHERE enabled = 1;

CREATE TABLE export_runs (
    id            INTEGER PRIMARY KEY,
    definition_id INTEGER NOT NULL REFERENCES export_definitions(id) ON DELETE CASCADE,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('succeeded','failed','cancelled')),
    rows          INTEGER NOT NULL DEFAULT 0,
    bytes         INTEGER NOT NULL DEFAULT 0,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    sha256        BLOB,
    path          TEXT NOT NULL DEFAULT '',
    message       TEXT NOT NULL DEFAULT ''
);
-- A definition's history newest first (rowid order within the index), and
-- the cascade on delete.
CREATE INDEX export_runs_definition ON export_runs(definition_id);
)sql";

const std::vector<std::string_view>& migrations()
{
    static const std::vector<std::string_view> steps{kV1, kV2, kV3, kV4};
    return steps;
}

} // namespace gc::schema
