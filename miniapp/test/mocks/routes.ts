// The components under test are pieces of subpackage pages, whose page registers the whole route
// table (src/api/allRoutes); the tests load it the same way before any component calls the API.
import '../../src/api/allRoutes';
