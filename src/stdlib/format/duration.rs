//! Go's `time.Duration.String()`.
