// The platform under test listens on ports of its own (so a developer's `npm start` on 3000 does
// not get in the way): the gateway on BROWSER_TEST_PORT (4400 by default), the services on the next five.
export const gatewayPort = Number(process.env['BROWSER_TEST_PORT'] ?? 4400);
export const servicePorts = {
  APPLICATIONS_PORT: gatewayPort + 1,
  EVALUATION_PORT: gatewayPort + 2,
  GRANTS_PORT: gatewayPort + 3,
  MENTORING_PORT: gatewayPort + 4,
  CENTERS_PORT: gatewayPort + 5,
};
