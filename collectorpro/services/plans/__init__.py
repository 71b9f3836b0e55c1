"""Payment plans and promises: the schedule maths, making and cancelling a plan, how payments are
applied to installments and promises, and the upkeep that marks them kept, missed or broken."""
