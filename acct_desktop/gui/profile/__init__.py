"""The current account's profile card: header with breadcrumbs, and its tabs."""
