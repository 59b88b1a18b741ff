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

const std::vector<std::string_view>& migrations()
{
    static const std::vector<std::string_view> steps{kV1};
    return steps;
}

} // namespace gc::schema
