"""Terraform roots for the Atlas, Kraken, EDP and platform-events AWS platforms.

The package has three kinds of code, each in its own place:

* ``atlas.config``     reads ``environments/<platform>/<env>.tfvars`` into typed, validated settings;
* ``atlas.constructs`` reusable building blocks (network, load balancer, MSK, RDS, ...);
* ``atlas.stacks``     compositions turning one environment's settings into Terraform roots.

``atlas.state`` alone knows the state layout; ``atlas.app`` discovers environments and
synthesizes every root in one process; ``atlas.harness`` plans the output offline.
"""
