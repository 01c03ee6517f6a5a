CREATE TABLE `place_figures` (
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`rank` integer NOT NULL,
	`amount_id` integer NOT NULL,
	`value_rial` integer NOT NULL,
	`places_key` text NOT NULL,
	`qualifier` text,
	`year` text,
	PRIMARY KEY(`slug`, `kind`, `rank`),
	FOREIGN KEY (`slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`amount_id`) REFERENCES `amounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `place_stats` (
	`slug` text PRIMARY KEY NOT NULL,
	`articles` integer NOT NULL,
	`projects` integer NOT NULL,
	`figures` integer NOT NULL,
	FOREIGN KEY (`slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `amounts_kind_idx`;--> statement-breakpoint
CREATE INDEX `amounts_kind_idx` ON `amounts` (`kind`,`places_key`,`value_rial`);