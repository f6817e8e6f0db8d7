package org.grdplanner.projects.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grdplanner.platform.control.RandomIds;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.projects.entity.Project;

@Stateless
public class ProjectService {

    private static final String ID_PREFIX = "proj-";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ProjectRemoval> removals;

    @Inject
    Event<ProjectRelocation> relocations;

    @Inject
    Event<ProjectCreated> creations;

    public Project create(NewProject draft) {
        refuseSharedCheckout(draft.localPath(), null);
        String id = RandomIds.next(ID_PREFIX);
        while (em.find(Project.class, id) != null) {
            id = RandomIds.next(ID_PREFIX);
        }
        Project project = new Project(id, draft.name().strip(), draft.description(), draft.localPath());
        em.persist(project);
        creations.fire(new ProjectCreated(id, draft.autoInit()));
        return project;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Project> find(String id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Project require(String id) {
        return find(id).orElseThrow(() -> Refusal.notFound("Project " + id + " does not exist."));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Project> list() {
        return em.createNamedQuery(Project.ALL, Project.class).getResultList();
    }

    public Project update(String id, ProjectPatch patch) {
        Project project = require(id);
        if (patch.isEmpty()) {
            return project;
        }
        if (patch.name() != null) {
            project.rename(patch.name().strip());
        }
        if (patch.description() != null) {
            project.describe(patch.description().orElse(null));
        }
        if (patch.localPath() != null) {
            if (!refuseSharedCheckout(patch.localPath(), id).equals(realPath(project.getLocalPath()))) {
                relocations.fire(new ProjectRelocation(id));
            }
            project.relocate(patch.localPath());
        }
        project.touch();
        return project;
    }

    public void delete(String id) {
        Project project = require(id);
        removals.fire(new ProjectRemoval(id));
        em.remove(project);
    }

    /**
     * A checkout belongs to one project: two would let two planning sessions write the same .planning/ at once. The
     * same directory may be spelled differently (a trailing slash, a link), so checkouts compare as real paths.
     * Returns the checkout as a real path, empty when there is none.
     */
    private Optional<Path> refuseSharedCheckout(String localPath, String movingProjectId) {
        Optional<Path> checkout = realPath(localPath);
        if (checkout.isEmpty()) {
            return checkout;
        }
        list().stream()
                .filter(other -> !other.getId().equals(movingProjectId))
                .filter(other -> realPath(other.getLocalPath()).equals(checkout))
                .findFirst()
                .ifPresent(owner -> {
                    throw Refusal.conflict("local_path " + localPath + " is already the checkout of project "
                            + owner.getName() + " (" + owner.getId() + "); open that project instead.",
                            Map.of("field", "local_path", "project_id", owner.getId()));
                });
        return checkout;
    }

    private static Optional<Path> realPath(String localPath) {
        if (localPath == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(localPath).toRealPath());
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
