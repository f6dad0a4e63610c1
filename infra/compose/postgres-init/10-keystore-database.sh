#!/bin/sh
# First start only (an empty data volume): the key store's own database, owned by its own role, so the event store's
# account cannot read the keys that withdrawal destroys.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v keys_db="$CHORUS_KEYSTORE_DATABASE" -v keys_user="$CHORUS_KEYSTORE_USERNAME" \
  -v keys_password="$CHORUS_KEYSTORE_PASSWORD" <<'SQL'
CREATE ROLE :"keys_user" LOGIN PASSWORD :'keys_password';
CREATE DATABASE :"keys_db" OWNER :"keys_user";
REVOKE ALL ON DATABASE :"keys_db" FROM PUBLIC;
SQL
