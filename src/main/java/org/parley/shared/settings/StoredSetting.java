package org.parley.shared.settings;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One admin override of a configured setting. */
@Entity
@Table(name = "site_setting")
public class StoredSetting extends PanacheEntityBase {

    @Id
    public String name;
    @Column(name = "setting_value")
    public String value;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;

    static List<StoredSetting> all() {
        return listAll();
    }
}
