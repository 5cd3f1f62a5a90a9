package dev.readiness.examples.rappit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API: a health endpoint and organization-scoped orders. Another organization's order answers 404, never 403
 * (GATE-003), so its existence is not disclosed.
 */
@RestController
@RequestMapping("/api/v1")
class RappitController {

    private final SalesOrderRepository orders;

    RappitController(SalesOrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/health")
    Map<String, String> health() {
        return Map.of("status", "ok");
    }

    @GetMapping("/organizations/{organizationId}/orders")
    List<OrderView> orders(@PathVariable UUID organizationId) {
        return orders.findByOrganizationId(organizationId).stream().map(OrderView::of).toList();
    }

    @GetMapping("/organizations/{organizationId}/orders/{id}")
    OrderView order(@PathVariable UUID organizationId, @PathVariable UUID id) {
        return orders.findByOrganizationIdAndId(organizationId, id).map(OrderView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/organizations/{organizationId}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    OrderView create(@PathVariable UUID organizationId, @RequestBody NewOrder order) {
        return OrderView.of(orders.save(new SalesOrder(organizationId, order.channel(), order.externalReference())));
    }

    record NewOrder(String channel, String externalReference) {
    }

    record OrderView(UUID id, String channel, String externalReference) {

        static OrderView of(SalesOrder order) {
            return new OrderView(order.getId(), order.getChannel(), order.getExternalReference());
        }
    }
}
