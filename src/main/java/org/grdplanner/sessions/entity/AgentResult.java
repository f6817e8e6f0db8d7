package org.grdplanner.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.List;

/** The facts of the agent's own {@code result} event, which its exit code does not tell. */
@Embeddable
public class AgentResult {

    @Column(name = "result_is_error")
    private boolean error;

    @Column(name = "result_num_turns")
    private Integer numTurns;

    @Column(name = "result_duration_ms")
    private Long durationMs;

    @Column(name = "result_total_cost_usd")
    private Double totalCostUsd;

    @Column(name = "result_permission_denials")
    @Convert(converter = PermissionDenialsColumn.class)
    private List<PermissionDenial> permissionDenials;

    protected AgentResult() {
    }

    public AgentResult(boolean error, Integer numTurns, Long durationMs, Double totalCostUsd,
                       List<PermissionDenial> permissionDenials) {
        this.error = error;
        this.numTurns = numTurns;
        this.durationMs = durationMs;
        this.totalCostUsd = totalCostUsd;
        this.permissionDenials = List.copyOf(permissionDenials);
    }

    public boolean isError() {
        return error;
    }

    public Integer getNumTurns() {
        return numTurns;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public Double getTotalCostUsd() {
        return totalCostUsd;
    }

    public List<PermissionDenial> getPermissionDenials() {
        return permissionDenials == null ? List.of() : permissionDenials;
    }
}
