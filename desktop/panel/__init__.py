"""The side panels: date control, event list and filters, zone/event details, positions, M4."""
