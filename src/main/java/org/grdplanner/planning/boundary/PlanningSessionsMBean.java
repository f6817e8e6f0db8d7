package org.grdplanner.planning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.grdplanner.planning.control.GrdPlanningService;
import org.grdplanner.sessions.control.SessionManager;
import org.grdplanner.sessions.entity.SessionStatus;

@Startup
@Singleton
@DependsOn("GrdPlanningService")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlanningSessionsMBean implements PlanningSessionsMXBean {

    static final String NAME = "org.grdplanner:type=PlanningSessions";

    @Inject
    GrdPlanningService planning;

    @Inject
    SessionManager sessions;

    @PostConstruct
    void register() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(this, name);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register " + NAME, e);
        }
    }

    @PreDestroy
    void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
        } catch (JMException e) {
            throw new IllegalStateException("Cannot unregister " + NAME, e);
        }
    }

    @Override
    public String[] getActivePlanningSessions() {
        return planning.activePlanningSessions().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    @Override
    public int getActivePlanningSessionCount() {
        return planning.activePlanningSessions().size();
    }

    @Override
    public String stopSession(String sessionId) {
        return sessions.end(sessionId, SessionStatus.STOPPED)
                .map(session -> "Stopping " + sessionId + " of project " + session.projectId())
                .orElse("Session " + sessionId + " is not active");
    }
}
