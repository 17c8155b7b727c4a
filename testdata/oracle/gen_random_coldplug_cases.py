# Writes random -device CPU options at start-up (half of them valid): the
# own-rnd5-* cases; with the valid half left out (gen 4) the own-rnd4-* cases.
import json, random
cases=[]
def dev(r,x86):
    if x86:
        drv=r.choice(["qemu64-x86_64-cpu"]*4+["Haswell-x86_64-cpu","x86_64-cpu","nosuch-x86_64-cpu","power9_v2.0-spapr-cpu-core"])
        props=["socket-id","core-id","thread-id","die-id","node-id","apic-id","id","foo","pcid","bus"]
    else:
        drv=r.choice(["power9_v2.0-spapr-cpu-core"]*4+["power8_v2.0-spapr-cpu-core","spapr-cpu-core","power9_v2.0-powerpc64-cpu","qemu64-x86_64-cpu"])
        props=["core-id","node-id","nr-threads","id","socket-id","pre-3.0-migration"]
    parts=[drv]
    for k in r.sample(props, r.randint(0,4)):
        v=r.choice(["0","1","2","3","-1","x","c1","c2","2c","","on","0x3"])
        parts.append("%s=%s"%(k,v))
    if r.random()<0.05: parts.append("help")
    if r.random()<0.5:
        if x86: return "qemu64-x86_64-cpu,id=c%d,socket-id=%d,core-id=%d,thread-id=0"%(r.randint(1,2),r.randint(0,1),r.randint(0,3))
        return "power9_v2.0-spapr-cpu-core,id=c%d,core-id=%d"%(r.randint(1,2),r.randint(0,3))
    return ",".join(parts)
for i in range(40):
    r=random.Random(7100+i)
    x86=i%2==0
    if x86:
        args=["-M",r.choice(["pc","q35"]),"-smp",r.choice(["2,maxcpus=4,sockets=2,cores=2,threads=1","1,maxcpus=4"])]
    else:
        args=["-M","pseries","-smp","2,maxcpus=4"]
    for _ in range(r.randint(1,3)):
        args+=["-device",dev(r,x86)]
    steps=[{"hmp":"info cpus"},{"qmp":{"execute":"query-hotpluggable-cpus"}},{"hmp":"device_del c1"},{"hmp":"device_del c2"}]
    cases.append({"id":"rnd5-%d"%i,"binary":"x86_64" if x86 else "ppc64","args":args,"steps":steps})
open("rnd5_cases.jsonl","w").write("".join(json.dumps(c)+"\n" for c in cases))
