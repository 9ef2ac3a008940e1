// The staff console's one module: the shell, the shared editors and the three work areas.
import './shared/elements';
import './hospital/hospital';
import './tourism/tourism';
import './marketing/marketing';
import './shell/console-app';
