CREATE TABLE `amount_places` (
	`amount_id` integer NOT NULL,
	`place_slug` text NOT NULL,
	PRIMARY KEY(`amount_id`, `place_slug`),
	FOREIGN KEY (`amount_id`) REFERENCES `amounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `amount_places_place_idx` ON `amount_places` (`place_slug`);--> statement-breakpoint
CREATE TABLE `amounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`value_rial` integer NOT NULL,
	`unit_text` text NOT NULL,
	`kind` text NOT NULL,
	`year` text,
	`qualifier` text,
	`places_key` text NOT NULL,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `amounts_article_idx` ON `amounts` (`article_id`);--> statement-breakpoint
CREATE INDEX `amounts_kind_idx` ON `amounts` (`kind`,`places_key`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file` text NOT NULL,
	`sha256` text NOT NULL,
	`title` text,
	`outlet` text,
	`url` text,
	`published` text,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_file_uq` ON `articles` (`file`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_sha_uq` ON `articles` (`sha256`);--> statement-breakpoint
CREATE TABLE `place_mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`place_slug` text NOT NULL,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `place_mentions_article_idx` ON `place_mentions` (`article_id`);--> statement-breakpoint
CREATE INDEX `place_mentions_place_idx` ON `place_mentions` (`place_slug`,`article_id`);--> statement-breakpoint
CREATE TABLE `places` (
	`slug` text PRIMARY KEY NOT NULL,
	`fa` text NOT NULL,
	`en` text NOT NULL,
	`kind` text NOT NULL,
	`parent` text,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `project_places` (
	`project_id` integer NOT NULL,
	`place_slug` text NOT NULL,
	PRIMARY KEY(`project_id`, `place_slug`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_places_place_idx` ON `project_places` (`place_slug`,`project_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`status` text,
	`category` text NOT NULL,
	`amount_id` integer,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`amount_id`) REFERENCES `amounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_article_idx` ON `projects` (`article_id`);--> statement-breakpoint
CREATE INDEX `projects_status_idx` ON `projects` (`status`);--> statement-breakpoint
CREATE INDEX `projects_category_idx` ON `projects` (`category`);--> statement-breakpoint
CREATE TABLE `quantities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`places_key` text NOT NULL,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quantities_article_idx` ON `quantities` (`article_id`);--> statement-breakpoint
CREATE TABLE `quantity_places` (
	`quantity_id` integer NOT NULL,
	`place_slug` text NOT NULL,
	PRIMARY KEY(`quantity_id`, `place_slug`),
	FOREIGN KEY (`quantity_id`) REFERENCES `quantities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quantity_places_place_idx` ON `quantity_places` (`place_slug`);