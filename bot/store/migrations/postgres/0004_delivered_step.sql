-- Mirrors migrations/sqlite/0004_delivered_step.sql.
-- How far a person's replies reached them: the step whose choices (or prompt) last arrived in their DM.
-- A number, never words. A committed step past it was never fully shown, so after a crash or a
-- reconnect the bot shows it again, once. Rows from before this migration count as delivered.
ALTER TABLE people ADD COLUMN delivered_step INTEGER NOT NULL DEFAULT -1;
UPDATE people SET delivered_step = step;
