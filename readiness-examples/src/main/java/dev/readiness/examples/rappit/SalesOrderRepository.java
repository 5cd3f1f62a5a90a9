package dev.readiness.examples.rappit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/**
 * Orders, always looked up within one organization.
 */
public interface SalesOrderRepository extends Repository<SalesOrder, UUID> {

    /**
     * The organization's orders.
     *
     * @param organizationId the organization
     * @return its orders
     */
    List<SalesOrder> findByOrganizationId(UUID organizationId);

    /**
     * One order of the organization.
     *
     * @param organizationId the organization
     * @param id the order id
     * @return the order, or empty when it does not exist in that organization
     */
    Optional<SalesOrder> findByOrganizationIdAndId(UUID organizationId, UUID id);

    /**
     * Saves an order.
     *
     * @param order the order
     * @return the saved order
     */
    SalesOrder save(SalesOrder order);
}
