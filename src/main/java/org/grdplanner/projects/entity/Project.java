package org.grdplanner.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.grdplanner.planning.entity.GrdInitStatus;

@Entity
@Table(name = "projects")
@NamedQuery(name = Project.ALL, query = "SELECT p FROM Project p ORDER BY p.createdAt DESC, p.id")
public class Project {

    public static final String ALL = "Project.all";

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "local_path")
    private String localPath;

    @Column(name = "grd_init_status")
    private GrdInitStatus grdInitStatus = GrdInitStatus.NONE;

    @Column(name = "grd_init_reason")
    private String grdInitReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Project() {
    }

    public Project(String id, String name, String description, String localPath) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.localPath = localPath;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getLocalPath() {
        return localPath;
    }

    public GrdInitStatus getGrdInitStatus() {
        return grdInitStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void describe(String description) {
        this.description = description;
    }

    public void relocate(String localPath) {
        this.localPath = localPath;
    }

    /** {@code reason} says why initialization failed, or what it did that the person should know; may be null. */
    public void changeInitStatus(GrdInitStatus status, String reason) {
        this.grdInitStatus = status;
        this.grdInitReason = reason;
    }

    public String getGrdInitReason() {
        return grdInitReason;
    }

    public void touch() {
        this.updatedAt = now();
    }

    /** To the millisecond, as the API writes its times. */
    private static Instant now() {
        return Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
