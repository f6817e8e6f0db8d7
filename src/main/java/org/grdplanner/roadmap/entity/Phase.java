package org.grdplanner.roadmap.entity;

import java.util.List;

public record Phase(String number, String name, boolean inserted, String goal, String dependsOn, boolean checked,
                    String status, String folder, List<Plan> plans) {
}
