"""The Customers page: the paged list of the whole register, the customer page with its tabs,
and the erasure dialog."""

from .page import CustomersPage

__all__ = ["CustomersPage"]
