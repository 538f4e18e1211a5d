#!/usr/bin/env bash
# Adds a migration of the accounts' tables for both providers: ./src/Zicht.Web/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: add-migration.sh NAME}
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Zicht.Web --context SqliteIdentityDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Zicht.Web --context PostgresIdentityDbContext --output-dir Migrations/Postgres
