-- Search over every name a report gave a work (project_mentions.name_folded, folded by
-- lib/text-fold.ts at ingest): an FTS5 index of trigrams, so `q` is a substring match that reads the
-- index instead of every name (docs/bounds.md). External content: the names stay in
-- project_mentions; triggers keep the index in step with every writer.
CREATE VIRTUAL TABLE `mention_names` USING fts5(`name_folded`, content='project_mentions', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `mention_names_insert` AFTER INSERT ON `project_mentions` BEGIN
  INSERT INTO `mention_names` (`rowid`, `name_folded`) VALUES (new.`id`, new.`name_folded`);
END;
--> statement-breakpoint
CREATE TRIGGER `mention_names_delete` AFTER DELETE ON `project_mentions` BEGIN
  INSERT INTO `mention_names` (`mention_names`, `rowid`, `name_folded`) VALUES ('delete', old.`id`, old.`name_folded`);
END;
--> statement-breakpoint
CREATE TRIGGER `mention_names_update` AFTER UPDATE OF `name_folded` ON `project_mentions` BEGIN
  INSERT INTO `mention_names` (`mention_names`, `rowid`, `name_folded`) VALUES ('delete', old.`id`, old.`name_folded`);
  INSERT INTO `mention_names` (`rowid`, `name_folded`) VALUES (new.`id`, new.`name_folded`);
END;
--> statement-breakpoint
INSERT INTO `mention_names` (`mention_names`) VALUES ('rebuild');
