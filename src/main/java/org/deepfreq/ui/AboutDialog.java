package org.deepfreq.ui;

import org.deepfreq.app.BuildInfo;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Version, backend/device, licence and how to cite the Deep Frequency Principle paper. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, String backend) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About DeepFreq Studio");
        a.setHeaderText("DeepFreq Studio " + BuildInfo.version());
        a.setContentText("Computing on: " + backend + "\n\nLicence: Apache License 2.0.\n\n"
                + "If you use this tool, please cite the Deep Frequency Principle paper:\n"
                + "Zhi-Qin John Xu and Hanxu Zhou. Deep frequency principle towards understanding why deeper learning "
                + "is faster. AAAI 2021. arXiv:2007.14313.");
        a.show();
    }
}
