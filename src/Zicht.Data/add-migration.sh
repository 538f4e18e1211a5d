#!/usr/bin/env bash
# Adds a migration for both providers: ./src/Zicht.Data/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: add-migration.sh NAME}
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Zicht.Data --context SqliteZichtDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Zicht.Data --context PostgresZichtDbContext --output-dir Migrations/Postgres
