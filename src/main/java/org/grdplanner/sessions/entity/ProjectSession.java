package org.grdplanner.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "project_sessions")
@NamedQuery(name = ProjectSession.OF_PROJECT,
        query = "SELECT s FROM ProjectSession s WHERE s.projectId = :projectId ORDER BY s.createdAt DESC, s.id DESC")
@NamedQuery(name = ProjectSession.WITH_STATUS, query = "SELECT s FROM ProjectSession s WHERE s.status = :status")
public class ProjectSession {

    public static final String OF_PROJECT = "ProjectSession.ofProject";
    public static final String WITH_STATUS = "ProjectSession.withStatus";

    @Id
    private String id;

    @Column(name = "project_id", nullable = false)
    private String projectId;

    private String command;

    private String prompt;

    @Column(nullable = false)
    @Convert(converter = ArgvColumn.class)
    private List<String> argv;

    @Column(nullable = false)
    private String cwd;

    @Column(name = "execution_type", nullable = false)
    private String executionType;

    @Column(name = "execution_mode")
    private String executionMode;

    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "exit_code")
    private Integer exitCode;

    @Column(name = "failure_reason")
    private String failureReason;

    private Long pid;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "output_bytes", nullable = false)
    private long outputBytes;

    @Column(name = "agent_session_id")
    private String agentSessionId;

    @Column(name = "parent_session_id")
    private String parentSessionId;

    @Column(name = "node_id")
    private String nodeId;

    @Embedded
    private AgentResult result;

    protected ProjectSession() {
    }

    public ProjectSession(String id, String projectId, String command, String prompt, List<String> argv, String cwd,
                          String executionType, String executionMode, String nodeId, Instant now) {
        this.id = id;
        this.nodeId = nodeId;
        this.projectId = projectId;
        this.command = command;
        this.prompt = prompt;
        this.argv = List.copyOf(argv);
        this.cwd = cwd;
        this.executionType = executionType;
        this.executionMode = executionMode;
        this.status = SessionStatus.ACTIVE;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    public void started(long processId) {
        this.pid = processId;
    }

    public void ended(SessionStatus finalStatus, Integer exit, String reason, long bytes, Instant lastActivity,
                      Instant now, String agentSession, AgentResult agentResult) {
        this.agentSessionId = agentSession;
        this.result = agentResult;
        this.status = finalStatus;
        this.exitCode = exit;
        this.failureReason = reason;
        this.outputBytes = bytes;
        this.lastActivityAt = lastActivity;
        this.endedAt = now;
    }

    /** This session continues {@code parent}'s agent conversation. */
    public ProjectSession continuing(String parent) {
        this.parentSessionId = parent;
        return this;
    }

    public String getParentSessionId() {
        return parentSessionId;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getCwd() {
        return cwd;
    }

    public String getId() {
        return id;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getCommand() {
        return command;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getExecutionType() {
        return executionType;
    }

    public String getExecutionMode() {
        return executionMode;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Integer getExitCode() {
        return exitCode;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public long getOutputBytes() {
        return outputBytes;
    }

    public String getAgentSessionId() {
        return agentSessionId;
    }

    /** Empty for interactive sessions and for runs that ended before the agent reported. */
    public Optional<AgentResult> getResult() {
        return Optional.ofNullable(result);
    }
}
