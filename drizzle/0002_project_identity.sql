CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry` integer NOT NULL,
	`action` text NOT NULL,
	`reason` text NOT NULL,
	`date` text NOT NULL,
	`fact_type` text,
	`fact_id` integer,
	`project_id` integer,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `corrections_fact_idx` ON `corrections` (`fact_type`,`fact_id`);--> statement-breakpoint
CREATE INDEX `corrections_project_idx` ON `corrections` (`project_id`);--> statement-breakpoint
CREATE TABLE `mention_places` (
	`mention_id` integer NOT NULL,
	`place_slug` text NOT NULL,
	PRIMARY KEY(`mention_id`, `place_slug`),
	FOREIGN KEY (`mention_id`) REFERENCES `project_mentions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mention_places_place_idx` ON `mention_places` (`place_slug`);--> statement-breakpoint
CREATE TABLE `project_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`mention_id` integer NOT NULL,
	`type` text NOT NULL,
	`status` text,
	`previous_status` text,
	`amount_id` integer,
	`conflicts` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mention_id`) REFERENCES `project_mentions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`amount_id`) REFERENCES `amounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_changes_article_idx` ON `project_changes` (`article_id`);--> statement-breakpoint
CREATE INDEX `project_changes_project_idx` ON `project_changes` (`project_id`);--> statement-breakpoint
CREATE TABLE `project_mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`project_id` integer,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`status` text,
	`category` text NOT NULL,
	`amount_id` integer,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`amount_id`) REFERENCES `amounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_mentions_source_idx` ON `project_mentions` (`article_id`,`start`);--> statement-breakpoint
CREATE INDEX `project_mentions_project_idx` ON `project_mentions` (`project_id`,`article_id`);--> statement-breakpoint
-- Hand-edited after drizzle-kit generate: the old `projects` rows were mentions; keep them as
-- mentions (with their places) and let the identity pass of the next ingest build the works.
INSERT INTO `project_mentions`("id", "article_id", "project_id", "name", "name_folded", "status", "category", "amount_id", "quote", "start", "end") SELECT "id", "article_id", NULL, "name", "name_folded", "status", "category", "amount_id", "quote", "start", "end" FROM `projects`;--> statement-breakpoint
INSERT INTO `mention_places`("mention_id", "place_slug") SELECT "project_id", "place_slug" FROM `project_places`;--> statement-breakpoint
DELETE FROM `project_places`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`status` text,
	`category` text NOT NULL,
	`article_count` integer NOT NULL,
	`mention_count` integer NOT NULL,
	`first_published` text,
	`last_published` text,
	`first_article_id` integer NOT NULL,
	`first_start` integer NOT NULL,
	`last_article_id` integer NOT NULL,
	`latest_mention_id` integer NOT NULL,
	`amount_id` integer,
	`amount_value_rial` integer,
	`hidden` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
DROP TABLE `projects`;--> statement-breakpoint
ALTER TABLE `__new_projects` RENAME TO `projects`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `projects_source_idx` ON `projects` (`hidden`,`first_article_id`,`first_start`);--> statement-breakpoint
CREATE INDEX `projects_status_category_idx` ON `projects` (`status`,`category`);--> statement-breakpoint
CREATE INDEX `projects_category_idx` ON `projects` (`category`);--> statement-breakpoint
CREATE INDEX `projects_name_idx` ON `projects` (`name_folded`);--> statement-breakpoint
CREATE INDEX `projects_amount_value_idx` ON `projects` (`amount_value_rial`);--> statement-breakpoint
CREATE INDEX `projects_reported_idx` ON `projects` (`article_count`,`last_article_id`);--> statement-breakpoint
CREATE INDEX `projects_last_idx` ON `projects` (`last_published`,`last_article_id`);