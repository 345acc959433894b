-- Run once by the postgres image, as its superuser, when the data volume is new
-- (docker-compose.yml). The same steps for any server are in the README, "Running on PostgreSQL".
-- Change the passwords here and in docker-compose.yml together.

-- Owns the tables and runs the migrations at start (DATABASE_MIGRATION_URL); no superuser.
CREATE ROLE tend_owner LOGIN PASSWORD 'tend_owner';
CREATE DATABASE tend OWNER tend_owner;

-- The roles the migrations expect, made here so the owner needs no right to manage roles.
CREATE ROLE tend_app NOLOGIN;
CREATE ROLE tend_server NOLOGIN NOINHERIT IN ROLE tend_app;

-- The server's login (DATABASE_URL): a member of tend_server, and nothing more.
CREATE ROLE tend_web LOGIN PASSWORD 'tend_web' IN ROLE tend_server;
