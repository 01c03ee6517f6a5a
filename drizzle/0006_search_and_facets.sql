CREATE TABLE `place_facets` (
	`slug` text NOT NULL,
	`status` text NOT NULL,
	`category` text NOT NULL,
	`projects` integer NOT NULL,
	PRIMARY KEY(`slug`, `status`, `category`),
	FOREIGN KEY (`slug`) REFERENCES `places`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_mentions_project_of_idx` ON `project_mentions` (`id`,`project_id`);--> statement-breakpoint
CREATE INDEX `projects_hidden_of_idx` ON `projects` (`id`,`hidden`,`status`,`category`);