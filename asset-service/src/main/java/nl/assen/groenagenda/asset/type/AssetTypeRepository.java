package nl.assen.groenagenda.asset.type;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

@Repository
class AssetTypeRepository {

    private final DatabaseClient db;

    AssetTypeRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<AssetType> findAll() {
        return db.sql("SELECT code, name, unit, imgeo_class, imbor_type FROM asset_type ORDER BY sort_order, code")
                .map((row, meta) -> new AssetType(
                        row.get("code", String.class),
                        row.get("name", String.class),
                        row.get("unit", String.class),
                        row.get("imgeo_class", String.class),
                        row.get("imbor_type", String.class)))
                .all();
    }
}
