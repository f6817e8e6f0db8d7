package org.grdplanner.projects.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.grdplanner.platform.control.ApiException;
import org.grdplanner.platform.control.RandomIds;
import org.grdplanner.projects.entity.GrdInitStatus;
import org.grdplanner.projects.entity.Project;

@Stateless
public class ProjectService {

    private static final String ID_PREFIX = "proj-";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProjectRemoval> removals;

    public Project create(NewProject draft) {
        String id = RandomIds.next(ID_PREFIX);
        while (em.find(Project.class, id) != null) {
            id = RandomIds.next(ID_PREFIX);
        }
        Project project = new Project(id, draft.name.strip(), draft.description, draft.localPath, now());
        em.persist(project);
        return project;
    }

    public Optional<Project> find(String id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    public Project require(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("Project " + id + " does not exist."));
    }

    public List<Project> list() {
        return em.createNamedQuery(Project.ALL, Project.class).getResultList();
    }

    public Project update(String id, ProjectPatch patch) {
        Project project = require(id);
        if (patch.has("name")) {
            project.rename(patch.name.strip());
        }
        if (patch.has("description")) {
            project.describe(patch.description);
        }
        if (patch.has("local_path")) {
            project.relocate(patch.localPath);
        }
        if (patch.has("grd_init_status")) {
            project.changeInitStatus(GrdInitStatus.fromValue(patch.grdInitStatus).orElseThrow());
        }
        project.touch(now());
        return project;
    }

    public void delete(String id) {
        Project project = require(id);
        removals.fire(new ProjectRemoval(id));
        em.remove(project);
    }

    private static Instant now() {
        return Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
