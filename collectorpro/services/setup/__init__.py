"""Setting up an office: the first start, the demo office, and the Settings window's save of
several parts at once. These sit above every other package."""
