DROP INDEX `projects_hidden_of_idx`;--> statement-breakpoint
ALTER TABLE `projects` ADD `places_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `projects_hidden_of_idx` ON `projects` (`id`,`hidden`,`status`,`category`,`places_key`);