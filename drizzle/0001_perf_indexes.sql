DROP INDEX `projects_article_idx`;--> statement-breakpoint
DROP INDEX `projects_status_idx`;--> statement-breakpoint
ALTER TABLE `projects` ADD `amount_value_rial` integer;--> statement-breakpoint
CREATE INDEX `projects_source_idx` ON `projects` (`article_id`,`start`);--> statement-breakpoint
CREATE INDEX `projects_status_category_idx` ON `projects` (`status`,`category`);--> statement-breakpoint
CREATE INDEX `projects_name_idx` ON `projects` (`name_folded`);--> statement-breakpoint
CREATE INDEX `projects_amount_value_idx` ON `projects` (`amount_value_rial`);--> statement-breakpoint
CREATE INDEX `amounts_value_idx` ON `amounts` (`value_rial`);