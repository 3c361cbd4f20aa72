// Loaded by `./chainrule shell` after JShell's own default imports (java.util.*, java.io.*, ...).
import org.chainrule.core.*;
import org.chainrule.autograd.*;
import org.chainrule.models.*;
import org.chainrule.models.data.*;
import org.chainrule.models.loss.*;
import org.chainrule.models.optim.*;
import org.chainrule.models.metrics.*;
import org.chainrule.models.train.*;
import org.chainrule.plots.*;
System.out.println("Chainrule is imported. Try: Tensor.of(1, 2).add(3)   Leave with /exit.");
